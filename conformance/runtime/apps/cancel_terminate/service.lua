-- Waits for a CANCEL event and returns what it says.
return {main = function(parent)
  local ev = process.events():receive()
  return "stopped on " .. ev.kind .. " (" .. ev.reason .. ") from " .. (ev.from == parent and "parent" or ev.from)
end}
