type Row = {id: integer, name: string}
local function fromAny(v: any): Row
  return v
end
local function fromUnknown(v: unknown): Row
  return v -- expect-error: TYPE_MISMATCH
end
print(fromAny({}), fromUnknown({}))
