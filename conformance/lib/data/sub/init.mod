return "sub package from " .. select(2, ...)
