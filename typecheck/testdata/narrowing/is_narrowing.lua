type User = {name: string, age: number}
local function greet(v: any): string
  if User:is(v) then
    return "hello " .. v.name
  end
  return "stranger"
end
local function count(v: string | number): number
  if number:is(v) then
    return v + 1
  end
  return #v
end
print(greet({name = "a", age = 1}), count(2))
