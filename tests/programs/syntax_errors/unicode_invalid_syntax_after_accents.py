résumé = "ok"
print(résumé résumé)
