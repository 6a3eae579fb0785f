return {main = function(mode)
  if mode == "crash" then error("child crashed", 0) end
  if mode == "wait" then
    process.inbox():receive()
    error("asked to fail", 0)
  end
  return "child ok"
end}
