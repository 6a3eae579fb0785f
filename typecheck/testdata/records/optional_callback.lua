type Opts = {onDone: ((ok: boolean) -> ())?}
local function run(o: Opts)
  if o.onDone then
    o.onDone(true)
  end
  o.onDone(false) -- expect-error: NIL_ACCESS
end
run({})
