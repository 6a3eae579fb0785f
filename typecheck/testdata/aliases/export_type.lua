export type Status = "active" | "inactive"
export type Account = {id: string, status: Status}
local a: Account = {id = "1", status = "active"}
local b: Account = {id = "2", status = "deleted"} -- expect-error: TYPE_MISMATCH
print(a, b)
