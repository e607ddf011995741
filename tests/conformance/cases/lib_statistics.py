import statistics as st
from fractions import Fraction
from decimal import Decimal

edits = [12, 5, 7, 30, 7, 1, 19]
print(st.mean(edits), st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('1.1'), Decimal('2.2')]))
print(st.fmean(edits), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.median(edits), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode(edits), st.mode(['a', 'b', 'b', 'a', 'c']), st.multimode('aabbbbccddddeeffffgg'), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.variance(edits), st.pvariance(edits), st.variance([1, 2, 3, 4]), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev(edits), st.pstdev(edits), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([Decimal('1.5'), Decimal('2.5'), Decimal('3.0')]), st.variance([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]))
print(st.quantiles(edits, n=4), st.quantiles(range(1, 11), n=10, method='inclusive'), st.harmonic_mean([40, 60]))
print(round(st.geometric_mean([54, 24, 36]), 9), st.covariance([1, 2, 3], [1, 2, 4]), round(st.correlation([1, 2, 3], [1, 2, 4]), 12))
print(st.linear_regression([1, 2, 3, 4], [2, 4, 6, 8.5]))
for bad in ([], [1]):
    try:
        st.variance(bad)
    except st.StatisticsError as e:
        print('StatisticsError', e)
try:
    st.mean([])
except st.StatisticsError as e:
    print('StatisticsError', e)
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 12), round(nd.pdf(100), 12), nd.mean, nd.variance)
