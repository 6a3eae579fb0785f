local function make(): Thing
  return {id = 1}
end
type Thing = {id: number}
local t: Thing = make()
print(t.id)
