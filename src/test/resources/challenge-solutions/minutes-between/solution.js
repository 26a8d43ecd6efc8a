function minutesBetween(start, end) {
  const minutes = (t) => {
    const [h, m] = t.split(':').map(Number);
    return h * 60 + m;
  };
  return (((minutes(end) - minutes(start)) % 1440) + 1440) % 1440;
}
