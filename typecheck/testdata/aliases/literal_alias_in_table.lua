type Level = "debug" | "info" | "error"
type Entry = {level: Level, msg: string}
local log: {Entry} = {
  {level = "info", msg = "started"},
  {level = "warn", msg = "hmm"}, -- expect-error: TYPE_MISMATCH
}
print(#log)
