-- An invalid read format given to lines fails when the loop first reads.
local f = assert(io.open("data/lines.txt"))
print("start")
for l in f:lines("x") do print(l) end
