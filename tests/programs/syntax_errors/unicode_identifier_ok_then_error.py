café = 1
naïve = café +
