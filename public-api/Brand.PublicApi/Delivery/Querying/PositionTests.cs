using Brand.PublicApi.Indexing;

namespace Brand.PublicApi.Delivery.Querying;

/// <summary>
/// A filter the index makes no set for (numbers, booleans: rare, and cheap to test), compiled against one
/// culture index: tests an item by its position, reading only arrays. Every other filter is a set operation
/// (<see cref="QueryExecutor"/>).
/// </summary>
internal abstract class PositionTest
{
    public abstract bool Matches(int position);

    public static PositionTest For(Condition condition, CultureIndex index) => condition switch
    {
        NumberCondition c => new NumberTest(index.Column(c.Alias), c),
        BooleanCondition c => new BooleanTest(index.Column(c.Alias), c.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "no test for this condition"),
    };

    protected static bool Compare(int order, Comparison op) => op switch
    {
        Comparison.Equal => order == 0,
        Comparison.Greater => order > 0,
        Comparison.GreaterOrEqual => order >= 0,
        Comparison.Less => order < 0,
        _ => order <= 0,
    };

    private sealed class NumberTest(object?[] column, NumberCondition c) : PositionTest
    {
        public override bool Matches(int position)
        {
            decimal? number = column[position] switch
            {
                long l => l,
                decimal d => d,
                _ => null,
            };
            if (number is not { } n)
            {
                return false;
            }

            foreach (var value in c.Values)
            {
                if (Compare(n.CompareTo(value), c.Op))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class BooleanTest(object?[] column, bool value) : PositionTest
    {
        public override bool Matches(int position) => column[position] is bool b && b == value;
    }
}
