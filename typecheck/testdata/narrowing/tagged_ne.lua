type Msg = {type: "text", body: string} | {type: "ping"}
local function body(m: Msg): string
  if m.type ~= "text" then
    return ""
  end
  return m.body
end
local function bad(m: Msg): string
  if m.type ~= "ping" then
    return m.body
  end
  return m.body -- expect-error: UNDEFINED_FIELD
end
print(body({type = "ping"}), bad({type = "text", body = "b"}))
