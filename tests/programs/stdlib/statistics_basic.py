# statistics: means, medians, variance, modes on ints, floats and Fractions.
import statistics as st
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.pvariance(data), st.stdev(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode('aabbbcc'), st.fmean([1.5, 2.5]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
print(st.quantiles(range(1, 21), n=4), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
try:
    st.mean([])
except st.StatisticsError as e:
    print('StatisticsError:', e)
