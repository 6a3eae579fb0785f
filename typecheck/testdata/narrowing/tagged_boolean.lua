type Outcome = {ok: true, value: string} | {ok: false, reason: string}
local function describe(o: Outcome): string
  if o.ok then
    return o.value
  end
  return o.reason
end
local function wrong(o: Outcome): string
  if not o.ok then
    return o.value -- expect-error: UNDEFINED_FIELD
  end
  return o.value
end
print(describe({ok = true, value = "v"}), wrong({ok = false, reason = "r"}))
