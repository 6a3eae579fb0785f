-- os.getenv: a string for a set variable, nil otherwise.
print(type(os.getenv("PATH")))
print(os.getenv("WIPPY_LUA_SURELY_UNSET_VARIABLE_123"))
print(os.getenv(""))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
print(select("#", os.getenv("WIPPY_LUA_SURELY_UNSET_VARIABLE_123")))
