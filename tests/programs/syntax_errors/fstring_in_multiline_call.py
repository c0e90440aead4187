result = format_row(
    name,
    f"{value!x}",
)
