using System.Buffers.Binary;

namespace Brand.Backoffice.Media;

/// <summary>What a file is, found from its bytes: MIME type, the extension it is stored under, and an image's size.</summary>
public sealed record DetectedFile(string ContentType, string Extension, int? Width, int? Height)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>
/// Recognises the five accepted formats from their signatures and reads an image's width and height from its
/// header. The file's name and the browser's Content-Type are never looked at: an SVG, an HTML page or a
/// program renamed ".png" has no PNG signature and is refused.
/// Why not a library: ImageSharp is not in the package registry we have, and MetadataExtractor is only there
/// in a 2020 version that pulls in an XMP parser; five signatures and four header layouts are a page of code.
/// </summary>
public static class MediaSniffer
{
    /// <summary>The accepted types, as the upload form lists them.</summary>
    public const string Accepted = "image/png,image/jpeg,image/gif,image/webp,application/pdf";

    /// <summary>The file's type, or null when it is none of the accepted formats or its header is cut short.</summary>
    public static DetectedFile? Detect(Stream file)
    {
        var head = new byte[32];
        file.Position = 0;
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        ReadOnlySpan<byte> h = head.AsSpan(0, read);

        if (h.StartsWith("%PDF-"u8))
        {
            return new DetectedFile("application/pdf", ".pdf", null, null);
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return h.Length >= 24 && h[12..16].SequenceEqual("IHDR"u8)
                ? Image("image/png", ".png", BinaryPrimitives.ReadInt32BigEndian(h[16..]), BinaryPrimitives.ReadInt32BigEndian(h[20..]))
                : null;
        }

        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return h.Length >= 10 ? Image("image/gif", ".gif", BinaryPrimitives.ReadUInt16LittleEndian(h[6..]), BinaryPrimitives.ReadUInt16LittleEndian(h[8..])) : null;
        }

        if (h.Length >= 30 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(h);
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg(file);
        }

        return null;
    }

    private static DetectedFile? Image(string type, string extension, int width, int height) =>
        width > 0 && height > 0 ? new DetectedFile(type, extension, width, height) : null;

    private static DetectedFile? WebP(ReadOnlySpan<byte> h)
    {
        var chunk = h[12..16];
        if (chunk.SequenceEqual("VP8 "u8) && h[23] == 0x9D && h[24] == 0x01 && h[25] == 0x2A)
        {
            // Lossy: 14-bit sizes after the key frame's start code.
            return Image("image/webp", ".webp", BinaryPrimitives.ReadUInt16LittleEndian(h[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(h[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && h[20] == 0x2F)
        {
            // Lossless: width-1 and height-1 packed in 14 bits each.
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(h[21..]);
            return Image("image/webp", ".webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Extended: canvas width-1 and height-1 in 24 bits each.
            return Image("image/webp", ".webp", (h[24] | h[25] << 8 | h[26] << 16) + 1, (h[27] | h[28] << 8 | h[29] << 16) + 1);
        }

        return null;
    }

    /// <summary>Walks the segments up to the first start-of-frame, which holds the size (EXIF blocks before it can be long).</summary>
    private static DetectedFile? Jpeg(Stream file)
    {
        file.Position = 2;
        var segment = new byte[7];
        while (true)
        {
            var marker = NextMarker(file);
            if (marker is null or 0xD9 or 0xDA)
            {
                return null; // end of image or start of scan before any frame header
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers without a length
            }

            if (file.ReadAtLeast(segment.AsSpan(0, 2), 2, throwOnEndOfStream: false) < 2)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(segment);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                return file.ReadAtLeast(segment.AsSpan(2, 5), 5, throwOnEndOfStream: false) < 5
                    ? null
                    : Image("image/jpeg", ".jpg", BinaryPrimitives.ReadUInt16BigEndian(segment.AsSpan(5)), BinaryPrimitives.ReadUInt16BigEndian(segment.AsSpan(3)));
            }

            if (length < 2 || file.Position + length - 2 > file.Length)
            {
                return null;
            }

            file.Position += length - 2;
        }
    }

    private static int? NextMarker(Stream file)
    {
        if (file.ReadByte() != 0xFF)
        {
            return null;
        }

        int b;
        do
        {
            b = file.ReadByte(); // fill bytes 0xFF may precede a marker
        }
        while (b == 0xFF);

        return b < 0 ? null : b;
    }
}
