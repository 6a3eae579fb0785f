local function load(path: string): (string?, error?)
  if path == "" then return nil, errors.new("empty") end
  return "data", nil
end
local function use(path: string): (number?, error?)
  local data, err = load(path)
  if err then
    return nil, err
  end
  return #data, nil
end
local function unchecked(path: string): number
  local data, err = load(path)
  print(err)
  return #data -- expect-error: NIL_ACCESS
end
print(use("x"), unchecked("y"))
