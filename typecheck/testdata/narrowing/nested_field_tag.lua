type Payload = {kind: "text", text: string} | {kind: "bin", size: number}
type Msg = {id: number, data: Payload}
local function size(m: Msg): number
  if m.data.kind == "text" then
    return #m.data.text
  end
  return m.data.size
end
print(size({id = 1, data = {kind = "bin", size = 3}}))
