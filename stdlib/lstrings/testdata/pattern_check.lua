-- Shared by pattern_golden.lua (run by lua5.3) and the Go tests (run by
-- wippy-lua): performs one string-library call on a pattern and describes
-- everything it returned, or the error it raised, as one line of text.
-- Only the string library and pcall/select/type/tostring are used.

local function esc(s)
  return (s:gsub("[%c\\|]", function(c) return string.format("\\%03d", c:byte()) end))
end

local function describe(...)
  local n = select("#", ...)
  local ok = ...
  if not ok then
    return "ERR " .. esc(tostring((select(2, ...))))
  end
  local out = ""
  for i = 2, n do
    local v = select(i, ...)
    if type(v) == "string" then
      out = out .. "|s" .. esc(v)
    else
      out = out .. "|" .. tostring(v)
    end
  end
  return out
end

local repls = { "<%0>", "%1", "[%1|%2]", "x", "%%", "%", "%9", "", "%1%1", "%a" }

-- op: "find", "findp" (plain), "match", "gmatch" or "gsub"; k selects the
-- replacement for gsub and the init for the others.
return function(op, s, p, k)
  k = tonumber(k)
  local init = ({ nil, 1, 2, -1, -3, 0, 10, 100 })[k % 8 + 1]
  if op == "find" then
    return describe(pcall(string.find, s, p, init))
  elseif op == "findp" then
    return describe(pcall(string.find, s, p, init, true))
  elseif op == "match" then
    return describe(pcall(string.match, s, p, init))
  elseif op == "gmatch" then
    local ok, it = pcall(string.gmatch, s, p)
    if not ok then return "ERR " .. esc(it) end
    local out = ""
    for _ = 1, 40 do
      local line = describe(pcall(it))
      out = out .. "{" .. line .. "}"
      if line == "" or line:sub(1, 3) == "ERR" then break end
    end
    return out
  elseif op == "gsub" then
    local r = repls[k % #repls + 1]
    local max = ({ nil, nil, 0, 1, 2 })[k % 5 + 1]
    if k % 7 == 3 then
      r = function(a, b) return b or (a == "a" and "A") or nil end
    elseif k % 7 == 5 then
      r = { a = "<A>", b = false, ["()"] = "P", [1] = "one", [2] = 2.5 }
    end
    return describe(pcall(string.gsub, s, p, r, max))
  end
  error("unknown op " .. op)
end
