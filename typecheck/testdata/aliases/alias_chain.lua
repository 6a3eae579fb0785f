type ID = string
type UserID = ID
type User = {id: UserID, name: string}
local u: User = {id = "u1", name = "n"}
local id: string = u.id
local bad: User = {id = 5, name = "n"} -- expect-error: TYPE_MISMATCH
print(id, bad)
