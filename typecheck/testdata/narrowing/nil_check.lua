local function find(name: string): string?
  if name == "" then return nil end
  return name
end
local r = find("x")
print(r:upper()) -- expect-error: NIL_ACCESS
if r ~= nil then
  print(r:upper())
end
if r then
  print(r:lower())
end
if not r then
  print("none")
else
  print(r:len())
end
