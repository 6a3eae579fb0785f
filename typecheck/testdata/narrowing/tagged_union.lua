type Result = {kind: "ok", value: number} | {kind: "err", message: string}
local function show(r: Result): string
  if r.kind == "ok" then
    return tostring(r.value + 1)
  else
    return r.message
  end
end
local function bad(r: Result): number
  return r.value -- expect-error: UNDEFINED_FIELD
end
local function bad2(r: Result): string
  if r.kind == "err" then
    return tostring(r.value) -- expect-error: UNDEFINED_FIELD
  end
  return "ok"
end
print(show({kind = "ok", value = 1}), bad({kind = "err", message = "m"}), bad2({kind = "ok", value = 2}))
