-- The load test's request mix (tests/bench-load.sh): one wrk script, a request picked at random per call.
-- Shares are in percent of requests and stand for a campaign peak: most visitors land on public pages,
-- some search or filter the directory, partners' applications call the APIs, a few download the open data.
-- LOAD_ONLY=category (environment) sends only that category, for the per-category runs.
local mix = {
  {"pages", 59}, {"search", 10}, {"directory", 10}, {"graphql", 10}, {"rest", 10}, {"opendata", 1},
}
local only = os.getenv("LOAD_ONLY") or ""
local actors = {}
for line in io.lines(os.getenv("LOAD_ACTORS")) do actors[#actors + 1] = line end
local graphql_directory = os.getenv("LOAD_GQL_DIRECTORY")
local graphql_list = os.getenv("LOAD_GQL_LIST")
local json = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }

local pages = { "/fr", "/en", "/fr/evenements", "/en/events", "/fr/actualites", "/en/news", "/fr/temoignages",
  "/fr/evenements/webinaire-site-vitrine-en-un-mois", "/en/events/webinar-showcase-website-in-a-month", "/fr/ressources", "/fr/aides" }
local words = { "site", "boutique", "formation", "paiement", "cybers%C3%A9curit%C3%A9", "webinaire", "aide", "r%C3%A9seaux", "Rennes", "Lyon" }
local specialties = { "website", "onlineSelling", "socialNetworks", "onlinePayment", "cloud", "cybersecurity", "training" }
local regions = { "84", "27", "53", "24", "44", "32", "11", "28", "75", "76", "52", "93" }
local rest = { "/umbraco/delivery/api/v2/content?filter=contentType:event&sort=name:asc&take=20",
  "/umbraco/delivery/api/v2/content?fetch=children:/fr/annuaire&filter=specialties:cloud&take=20",
  "/umbraco/delivery/api/v2/content/item/fr/evenements/webinaire-site-vitrine-en-un-mois" }
local opendata = { "/open-data/actors.csv", "/open-data/actors.json", "/open-data/events.csv", "/open-data/events.json" }

local function pick(list) return list[math.random(#list)] end

local build = {
  pages = function()
    -- An actor page in either culture half of the time, else a home, list or event page.
    if math.random(2) == 1 then return wrk.format("GET", pick(actors)) end
    return wrk.format("GET", pick(pages))
  end,
  -- Ten words on three pages: 30 addresses, each rendered once then served by the output cache, as popular
  -- searches are at a peak. A search never asked before costs Lucene: see the README's search figures.
  search = function() return wrk.format("GET", "/fr/recherche?q=" .. pick(words) .. "&page=" .. math.random(3)) end,
  directory = function()
    return wrk.format("GET", "/fr/annuaire?specialty=" .. pick(specialties) .. "&region=" .. pick(regions) .. "&sort=name")
  end,
  graphql = function()
    return wrk.format("POST", "/graphql", json, math.random(2) == 1 and graphql_directory or graphql_list)
  end,
  rest = function() return wrk.format("GET", pick(rest)) end,
  opendata = function() return wrk.format("GET", pick(opendata)) end,
}

request = function()
  if only ~= "" then return build[only]() end
  local roll, sum = math.random(100), 0
  for _, entry in ipairs(mix) do
    sum = sum + entry[2]
    if roll <= sum then return build[entry[1]]() end
  end
end

-- Counts answers by status class, so a 404 or 429 in the mix is named, not just counted as "non-2xx".
statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
  thread:set("id", #threads)
end
-- Each thread its own random sequence (wrk's Lua states would otherwise all draw the same one).
init = function() math.randomseed(os.time() * 1000 + id) end
done = function()
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for code, n in pairs(s) do total[code] = (total[code] or 0) + n end
  end
  local line = "statuses:"
  for code, n in pairs(total) do line = line .. " " .. code .. "=" .. n end
  print(line)
end
