type Box<T> = {value: T}
local function wrap<T>(v: T): Box<T>
  return {value = v}
end
local function unwrap<T>(b: Box<T>): T
  return b.value
end
local bn: Box<number> = wrap(1)
local n: number = unwrap(bn)
local s: string = unwrap(bn) -- expect-error: TYPE_MISMATCH
local wrongBox: Box<string> = {value = 1} -- expect-error: TYPE_MISMATCH
print(n, s, wrongBox)
