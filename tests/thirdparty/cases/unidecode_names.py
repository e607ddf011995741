from unidecode import unidecode
for s in ['Kraków', 'Ærøskøbing', 'São Paulo', 'Москва', '北京', 'Đắk Lắk', 'naïve café', '¿Qué?', 'ﬁ ß €']:
    print(s, '->', unidecode(s))
