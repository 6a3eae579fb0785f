local function need(cfg: {port: number?}): number
  if not cfg.port then error("port required") end
  return cfg.port
end
print(need({port = 1}))
