-- spec "Syntax", casts: `e :: T` and `e as T` are unchecked (but the
-- types must have a value in common), `e!` asserts non-nil to the
-- checker only.
local raw: any = "1"
local s1: string = raw :: string
local s2: string = raw as string
local num: number = 1
local str = num :: string -- expect-error: BAD_CAST
local u: string | number = "x"
local narrowed: string = u :: string
local function find(): number? return nil end
local found: number = find()!
local plain: number = find() -- expect-error: TYPE_MISMATCH
local pointless = num! -- expect-error: REDUNDANT_NONNIL
print(s1, s2, str, narrowed, found, plain, pointless)
