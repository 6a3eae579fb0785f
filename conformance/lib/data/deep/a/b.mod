return {...}
