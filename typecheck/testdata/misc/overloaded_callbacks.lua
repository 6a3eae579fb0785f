type On = ((event: "data", f: (chunk: string) -> ()) -> ()) & ((event: "end", f: () -> ()) -> ())
local on: On = function(event, f) end :: On
on("data", function(chunk) print(chunk:upper()) end)
on("end", function() print("done") end)
on("error", function() end) -- expect-error: TYPE_MISMATCH
