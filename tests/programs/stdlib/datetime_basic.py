# datetime.py (pure Python) on the native modules: arithmetic, formatting, parsing, timezones.
import datetime as dt

d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.isoformat(), d.weekday(), tuple(d.isocalendar()), d.toordinal())
t = dt.datetime(2024, 3, 1, 12, 30, 15, 500)
print(t, repr(t), t.isoformat(), t.strftime('%Y/%m/%d %H:%M:%S %j %a %b'), t.timestamp() if t.tzinfo else None)
print(t - dt.datetime(2024, 1, 1), dt.timedelta(days=1, seconds=3661, microseconds=5) * 3, -dt.timedelta(hours=25))
print(dt.datetime.fromisoformat('2024-05-06T07:08:09.123456'), dt.date.fromisoformat('2020-12-31'), dt.time(4, 5, 6, 789))
utc = dt.timezone.utc
k = dt.datetime(2024, 6, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30), 'IST'))
print(k, k.astimezone(utc), k.tzname(), k.utcoffset(), k.timestamp())
print(dt.datetime.fromtimestamp(0, utc), dt.datetime(2000, 1, 1) < dt.datetime(2000, 1, 2), dt.date.max, dt.timedelta.resolution)
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 1)]), dt.timedelta(seconds=90).total_seconds())
print(hash(dt.date(2020, 1, 1)) == hash(dt.date(2020, 1, 1)), dt.date(2020, 1, 1).replace(month=7), f'{d:%d.%m.%Y}')
