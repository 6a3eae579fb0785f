-- covers: process.terminate of oneself ends the process at once with an
-- error exit ("process terminated"); terminate of an unknown name fails
print(process.terminate("nobody"))
process.terminate(process.pid())
print("not reached")
