// Charts for the scoring pages: the radar of the five dimensions on a report, and the per-dimension trend on
// /progress. Data comes from data- attributes or a JSON block (the CSP forbids inline scripts). ECharts is a
// classic script loaded with defer; module scripts run after it, but wait for it anyway to be safe.

const LABELS = {
  communication: 'Communication', technicalDepth: 'Technical depth', problemSolving: 'Problem solving',
  confidence: 'Confidence', relevance: 'Relevance',
};
const TEXT = '#e8edf7';
const MUTED = '#a3b0c8';
const GRID = '#26324d';

function whenEcharts(callback, attempts = 50) {
  if (window.echarts) {
    callback(window.echarts);
  } else if (attempts > 0) {
    setTimeout(() => whenEcharts(callback, attempts - 1), 100);
  }
}

function accent() {
  return getComputedStyle(document.body).getPropertyValue('--accent').trim() || '#00d4ff';
}

function drawRadar(echarts, element) {
  const keys = Object.keys(LABELS);
  // data-technical-depth arrives as dataset.technicalDepth, so the keys match directly.
  const values = keys.map((key) => Number(element.dataset[key]));
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    radar: {
      indicator: keys.map((key) => ({ name: LABELS[key], max: 10 })),
      axisName: { color: TEXT },
      splitLine: { lineStyle: { color: GRID } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: GRID } },
    },
    series: [{
      type: 'radar',
      data: [{ value: values, name: 'Scores' }],
      lineStyle: { color: accent() },
      itemStyle: { color: accent() },
      areaStyle: { color: accent(), opacity: 0.25 },
      label: { show: true, color: TEXT },
    }],
  });
  window.addEventListener('resize', () => chart.resize());
}

function drawProgress(echarts, element, data) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  const series = Object.entries(data.series).map(([name, values]) => ({
    name, type: 'line', data: values, smooth: false, symbolSize: 7,
    lineStyle: { width: name === 'Overall' ? 3 : 1.5 },
  }));
  chart.setOption({
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    tooltip: { trigger: 'axis' },
    legend: { textStyle: { color: TEXT } },
    xAxis: { type: 'category', data: data.dates, axisLabel: { color: MUTED } },
    yAxis: { type: 'value', min: 1, max: 10, axisLabel: { color: MUTED }, splitLine: { lineStyle: { color: GRID } } },
    series,
  });
  window.addEventListener('resize', () => chart.resize());
}

function init() {
  const radars = document.querySelectorAll('.radar');
  const progress = document.querySelector('.progress-chart');
  const progressData = document.getElementById('progress-data');
  if (radars.length === 0 && !progress) {
    return;
  }
  whenEcharts((echarts) => {
    radars.forEach((element) => {
      if (!element.dataset.drawn) {
        element.dataset.drawn = 'true';
        drawRadar(echarts, element);
      }
    });
    if (progress && progressData) {
      drawProgress(echarts, progress, JSON.parse(progressData.textContent));
    }
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', init);
} else {
  init();
}
