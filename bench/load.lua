-- A reader mix for wrk: the home page, articles, topic pages, the search page and the JSON
-- search API, with several different queries. Each wrk thread walks the list in turn.
local paths = {
  "/",
  "/articles/muscle-biopsy",
  "/search?q=trouble+swallowing",
  "/tags/myositis",
  "/api/search?q=ck+test",
  "/articles/steroid-treatment-for-myositis",
  "/search?q=skin+rash",
  "/api/search?q=tired",
  "/articles/swallowing-problems",
  "/tags/steroid-treatment",
  "/search?q=muscle+weakness",
  "/api/search?q=biopsy",
  "/search?q=methotrexate",
  "/api/search?q=lung",
}

local i = 0

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept-Encoding"] = "gzip" })
end
