local function fetch(url: string): (string?, error?)
  if url == "" then return nil, errors.new("empty") end
  return "body", nil
end
local function a(url: string): number
  local body, err = fetch(url)
  if err ~= nil then
    error(err)
  end
  return #body
end
local function b(url: string): number
  local body, err = fetch(url)
  if not err then
    return #body
  end
  return 0
end
local function c(url: string): number
  local body, err = fetch(url)
  if body == nil then
    return -1
  end
  return #body
end
print(a("x"), b("y"), c("z"))
