-- spec "Checker", subtyping: `integer <: number`; `never <:` everything;
-- everything `<: any`; `A <: A | B`; records structural (width
-- subtyping). Variance is in subtyping_variance.lua.
local i: integer = 1
local n: number = i
local function stop(): never error("stop") end
local function neverAnywhere(flag: boolean): (string, {number})
  if flag then
    return stop(), stop()
  end
  return "s", {1}
end
local anything: any = neverAnywhere
local any2: any = {nested = {1, "two"}}
local ab: number | string = n
local abc: number | string | boolean = ab
local function narrower(x: number | string): number
  return x -- expect-error: TYPE_MISMATCH
end
type Named = {name: string}
type Person = {name: string, age: number}
local person: Person = {name = "ann", age = 3}
local named: Named = person -- extra fields are fine
local backAgain: Person = named -- expect-error: TYPE_MISMATCH
print(anything, any2, abc, narrower, backAgain)
