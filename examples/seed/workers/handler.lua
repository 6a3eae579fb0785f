-- Handles one message and tells the process registered as "seed".
local function main()
  local msg = process.inbox():receive()
  local task = msg:payload():data()
  print("handler received", msg:topic(), task.data)
  process.send("seed", "handled", task.data)
end

return {main = main, quick = function() return "quick result" end}
