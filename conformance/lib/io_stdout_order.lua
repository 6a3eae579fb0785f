-- io.write, io.stdout:write and print share standard output, in order.
io.write("a")
print("b")
io.stdout:write("c", 1, 2.0, "\n")
io.write("d\n")
print(io.stdout:write("e") == io.stdout)
io.stderr:write("")
local name = "io_stdout_order.tmp"
io.output(name)
io.write("to file\n")
print("print still goes to stdout")
io.close()
io.output(io.stdout)
for l in io.lines(name) do print("file:", l) end
os.remove(name)
io.write("end", "\n")
