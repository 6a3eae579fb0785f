-- spec: casts `e :: T` and `e as T` (unchecked), `e!` (non-nil assertion).
local raw: any = "1"
local s1 = raw :: string
local s2 = (raw as string)
local function maybe(): number? return 1 end
local n: number = maybe()!
print(s1, s2, n)
