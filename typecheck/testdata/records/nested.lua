type Address = {city: string, zip: string}
type Person = {name: string, address: Address}
local p: Person = {name = "a", address = {city = "c", zip = "z"}}
local city: string = p.address.city
local q: Person = {name = "b", address = {city = "c"}} -- expect-error: MISSING_FIELD
local r: Person = {name = "b", address = {city = 1, zip = "z"}} -- expect-error: TYPE_MISMATCH
print(city, q, r)
