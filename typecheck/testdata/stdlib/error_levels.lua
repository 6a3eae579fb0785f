local function check(v: number)
  if v < 0 then
    error("negative", 2)
  end
end
check(1)
error("x", "y") -- expect-error: TYPE_MISMATCH
