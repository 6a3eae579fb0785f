return "sub.mod from " .. select(2, ...)
