// The parts of Apache ECharts the trend chart uses, imported by name so the
// bundler leaves out every other chart and component (a dynamic import of
// 'echarts/charts' would keep all of them: several megabytes to load).
export { init, use } from 'echarts/core';
export { LineChart, BarChart } from 'echarts/charts';
export { GridComponent, LegendComponent } from 'echarts/components';
export { SVGRenderer } from 'echarts/renderers';
