type User = {name: string, age: number}
local users: {[string]: User} = {}
users.ann = {name = "Ann", age = 30}
users["bob"] = {name = "Bob", age = 25}
local a = users.ann
print(a.name:upper(), a.age + 1)
users.cat = {name = "Cat"} -- expect-error: MISSING_FIELD
