type Api = {get: (key: string) -> string?, put: (key: string, v: string) -> ()}
local store: {[string]: string} = {}
local api: Api = {
  get = function(key) return store[key] end,
  put = function(key, v) store[key] = v end,
}
api.put("a", "b")
local v: string? = api.get("a")
api.put("a", 1) -- expect-error: TYPE_MISMATCH
print(v)
