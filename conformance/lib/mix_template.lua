-- covers: a template engine built on gsub with function and table
-- replacements, %b balanced matches, nested data lookup, escaping
local function lookup(env, path)
  local v = env
  for key in path:gmatch("[^%.]+") do
    if type(v) ~= "table" then return nil end
    v = v[tonumber(key) or key]
  end
  return v
end

local filters = {
  upper = string.upper,
  lower = string.lower,
  len = function(s) return tostring(#s) end,
  rev = string.reverse,
  trim = function(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end,
  money = function(s) return string.format("$%.2f", tonumber(s)) end,
}

local function render(tpl, env)
  -- sections: {{#list}}...{{/list}}
  tpl = tpl:gsub("{{#([%w_]+)}}(.-){{/%1}}", function(name, body)
    local list = env[name]
    if type(list) ~= "table" then return "" end
    local out = {}
    for i, item in ipairs(list) do
      local scope = setmetatable({it = item, i = i}, {__index = env})
      out[#out + 1] = render(body, scope)
    end
    return table.concat(out)
  end)
  return (tpl:gsub("{{%s*([%w_%.]+)%s*(|?)%s*([%w_]*)%s*}}", function(path, bar, filter)
    local v = lookup(env, path)
    if v == nil then return "<" .. path .. "?>" end
    v = tostring(v)
    if bar == "|" then
      local f = filters[filter]
      if not f then return "<bad filter " .. filter .. ">" end
      v = f(v)
    end
    return v
  end))
end

local env = {
  user = {name = "  Ada Lovelace ", age = 36, tags = {"math", "poetry"}},
  items = {"tea", "scones", "jam"},
  price = 12.5,
  flag = true,
}
print(render("Hello {{ user.name | trim }}!", env))
print(render("[{{user.name|upper}}] [{{user.name|len}}] [{{user.name|rev}}]", env))
print(render("age={{user.age}} tag2={{user.tags.2}} missing={{user.nope}}", env))
print(render("cost {{price|money}} flag={{flag}} bad={{price|nosuch}}", env))
print(render("list:{{#items}} {{i}}.{{it|upper}}{{/items}} done", env))
print(render("{{#nothing}}never{{/nothing}}empty section ok", env))

-- table replacement: missing keys keep the match, false keeps it too
local vars = {a = "1", b = 2, c = false}
print(string.gsub("$a $b $c $d $$", "%$(%w+)", vars))
-- %b balanced: evaluate (..) groups by their length
print(string.gsub("f(a(b)c) g() h((x))", "%b()", function(s) return "<" .. #s .. ">" end))
-- escaping % in replacement strings
print(string.gsub("50 percent", "(%d+) percent", "%1%%"))
print(string.gsub("abc", "", "-"))
print(string.gsub("a.b.c", "%.", {["."] = "::"}))
-- function returning nil/false keeps the original match
print(string.gsub("one two three", "%a+", function(w)
  if #w == 3 then return nil elseif #w == 5 then return false end
  return w:upper()
end))
