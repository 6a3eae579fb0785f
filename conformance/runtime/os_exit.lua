-- covers: os.exit called in a spawned coroutine, under pcall, ends the
-- whole program at once with its status; pcall does not catch it, and
-- output written before is flushed
io.write("before exit ")
coroutine.spawn(function()
  pcall(os.exit, 3)
  print("not reached")
end)
process.inbox():receive()
print("not reached either")
