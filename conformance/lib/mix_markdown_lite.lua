-- covers: a tiny markdown-to-HTML converter using gsub with frontier
-- patterns, %b balanced brackets, captures in replacements, line-based
-- processing with gmatch over "[^\n]*", and HTML escaping via a table
local escape = {["<"] = "&lt;", [">"] = "&gt;", ["&"] = "&amp;", ['"'] = "&quot;"}

local function inline(s)
  s = s:gsub('[<>&"]', escape)
  s = s:gsub("`([^`]+)`", "<code>%1</code>")
  s = s:gsub("%*%*(.-)%*%*", "<b>%1</b>")
  s = s:gsub("%f[%w_]_(.-)_%f[^%w_]", "<i>%1</i>")
  s = s:gsub("(%b[])(%b())", function(text, url)
    return string.format('<a href="%s">%s</a>', url:sub(2, -2), text:sub(2, -2))
  end)
  return s
end

local function convert(md)
  local out, para, list = {}, {}, false
  local function flush()
    if #para > 0 then out[#out + 1] = "<p>" .. inline(table.concat(para, " ")) .. "</p>"; para = {} end
    if list then out[#out + 1] = "</ul>"; list = false end
  end
  for line in (md .. "\n"):gmatch("([^\n]*)\n") do
    local hashes, title = line:match("^(#+)%s+(.+)$")
    local item = line:match("^%s*[-*]%s+(.+)$")
    if hashes then
      flush()
      out[#out + 1] = string.format("<h%d>%s</h%d>", #hashes, inline(title), #hashes)
    elseif item then
      if #para > 0 then local l = list; list = false; flush(); list = l end
      if not list then out[#out + 1] = "<ul>"; list = true end
      out[#out + 1] = "  <li>" .. inline(item) .. "</li>"
    elseif line:find("^%s*$") then
      flush()
    else
      if list then flush() end
      para[#para + 1] = line:match("^%s*(.-)%s*$")
    end
  end
  flush()
  return table.concat(out, "\n")
end

local doc = [==[
# Title with **bold**
Some _emphasis_ and snake_case_name stay, plus `a < b && c`.
Second line of the same paragraph with [a link](http://x.y/?a=1&b=2).

## List
- first **item**
- second with `code`
* third [nested [brackets]](u)

Trailing paragraph "quoted".
### Deep header]==]
print(convert(doc))
print(convert(""))
print(convert("just text"))
print(inline("**unclosed and _half"))
print(inline("__double__ and _a_ _b_"))
-- count tags
local html = convert(doc)
local counts = {}
for tag in html:gmatch("<(%a+%d?)") do counts[tag] = (counts[tag] or 0) + 1 end
local tags = {}
for t, n in pairs(counts) do tags[#tags + 1] = t .. "=" .. n end
table.sort(tags)
print(table.concat(tags, " "))
